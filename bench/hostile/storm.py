#!/usr/bin/env python3
"""Hostile-input storm against a running server, sampling the server's RSS (VmRSS) as it goes.

usage: storm.py URL SERVER_PID ADMIN_KEY [TOTAL]
Kinds, in turn: invented bearer tokens, hostile JSON bodies, unknown lead ids (404), unknown routes,
malformed chunked bodies and truncated multipart form posts. Python 3 standard library only.
"""
import http.client, os, random, socket, sys, threading, time, urllib.parse

url, pid, admin = sys.argv[1], int(sys.argv[2]), sys.argv[3]
total = int(sys.argv[4]) if len(sys.argv) > 4 else 100_000
host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
BODIES = [b'{"\\ud800":1}', b'{"email":"a@b.c","fields":{"\xff":1}}', b'{"company":"a\\u0000b"}', b'{"a":1,"a":2}',
          b'{"email":"' + b"e" * 5000 + b'@x.jp"}', b'[' * 100, b'{"email":', b'{"favouriteColour":"blue"}']

def rss_mb():
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024

def raw(request):
    with socket.create_connection((host, port)) as s:
        s.sendall(request)
        s.settimeout(5)
        return s.recv(200).split(b"\r\n", 1)[0].decode()

def one(conn, i):
    kind = i % 6
    token = os.urandom(12).hex()
    if kind == 0:
        conn.request("GET", "/api/leads", headers={"Authorization": f"Bearer sb_{token}"})
    elif kind == 1:
        conn.request("POST", "/api/leads", body=BODIES[i // 6 % len(BODIES)], headers={"Authorization": f"Bearer {admin}", "Content-Type": "application/json"})
    elif kind == 2:
        conn.request("GET", f"/api/leads/ld_{token}", headers={"Authorization": f"Bearer {admin}"})
    elif kind == 3:
        conn.request("GET", f"/nothing/{token}?q={token}")
    elif kind == 4:
        return raw(b"POST /api/leads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin.encode() +
                   b"\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n")
    else:
        body = b"--xyz\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na@b.c"
        conn.request("POST", f"/f/form-{i % 50}", body=body, headers={"Content-Type": "multipart/form-data; boundary=xyz", "X-Forwarded-For": token})
    response = conn.getresponse()
    response.read()
    return response.status

def worker(start, step, statuses):
    conn = http.client.HTTPConnection(host, port, timeout=30)
    for i in range(start, total, step):
        try:
            status = one(conn, i)
        except (OSError, http.client.HTTPException) as error:
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=30)
            status = type(error).__name__
        statuses[status] = statuses.get(status, 0) + 1

statuses, threads = {}, []
print(f"before: {rss_mb():.0f} MB")
began = time.time()
for t in range(8):
    threads.append(threading.Thread(target=worker, args=(t, 8, statuses), daemon=True))
    threads[-1].start()
peak = 0
while any(t.is_alive() for t in threads):
    time.sleep(2)
    peak = max(peak, rss_mb())
    print(f"during: {rss_mb():.0f} MB after {sum(statuses.values())} requests ({time.time() - began:.0f} s)", flush=True)
print(f"peak: {peak:.0f} MB; statuses: {dict(sorted((str(k), v) for k, v in statuses.items()))}")
time.sleep(30)
print(f"after 30 s idle: {rss_mb():.0f} MB")

Console.WriteLine("bench: to be written");

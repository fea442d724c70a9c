using Xunit.Abstractions;
using Xunit.Sdk;

namespace Switchboard.Storage.Tests;

/// <summary>A fact that needs PostgreSQL: skipped, with the reason, when initdb/pg_ctl are missing.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresCluster.BinariesAvailable) Skip = PostgresCluster.MissingBinariesReason;
    }
}

/// <summary>Marks a test class whose inherited <see cref="StoreFactAttribute"/> tests need PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>
/// A fact declared once in an abstract suite and run by every concrete subclass; skipped (not passed) in a
/// subclass marked <see cref="RequiresPostgresAttribute"/> when the PostgreSQL binaries are missing.
/// </summary>
[XunitTestCaseDiscoverer("Switchboard.Storage.Tests.StoreFactDiscoverer", "Switchboard.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute).AssemblyQualifiedName).Any();
        if (!needsPostgres || PostgresCluster.BinariesAvailable)
            return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
        return new SkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, PostgresCluster.MissingBinariesReason);
    }
}

/// <summary>A test case skipped for a reason decided at discovery time.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase() { }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string reason)
        : base(sink, display, options, method) => _reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("SkipReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("SkipReason");
        base.Deserialize(data);
    }
}

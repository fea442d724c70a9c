using Switchboard.Engine.Conditions;
using Xunit;

namespace Switchboard.Engine.Tests.Conditions;

public sealed class FieldNamesTests
{
    [Fact]
    public void a_standard_field_name_is_the_engines_own_instance()
    {
        var parsed = new string("country".AsSpan()); // as a JSON parser makes it: equal text, another object

        Assert.Same("country", FieldNames.Shared(parsed));
    }

    [Fact]
    public void a_custom_field_a_rule_reads_shares_its_key_once_compiled()
    {
        var key = "導入検討時期_" + Guid.NewGuid().ToString("N");
        Assert.NotSame(key, FieldNames.Shared(new string(key.AsSpan())));

        ConditionCompiler.Compile(Rules.Parse($$"""{"field":"fields.{{key}}","op":"eq","value":"3カ月以内"}"""));

        var shared = FieldNames.Shared(new string(key.AsSpan()));
        Assert.Equal(key, shared);
        Assert.Same(shared, FieldNames.Shared(new string(key.AsSpan())));
    }

    [Fact]
    public void a_name_no_rule_reads_is_kept_as_it_came()
    {
        var name = new string(("unread_" + Guid.NewGuid().ToString("N")).AsSpan());

        Assert.Same(name, FieldNames.Shared(name));
    }
}

using System.Text;

namespace Switchboard.Cli.Tests;

public sealed class ColumnMapTests : IDisposable
{
    private const string HotProfile = """
        E-mail,First Name,last_name,都道府県,導入検討時期,メモ,external id
        yamada@example.jp,太郎,山田,北海道,3カ月以内,展示会で名刺交換,crm-1
        """;

    private readonly CsvFiles _files = new();

    [Fact]
    public void mapped_columns_go_to_their_fields_others_by_a_standard_name_and_the_rest_to_custom_fields()
    {
        var path = _files.Write(HotProfile, Encoding.UTF8);
        var lead = Assert.Single(CsvFiles.Leads(path, maps: ["email=E-mail,region=都道府県", "fields.導入検討時期=導入検討時期"]));
        Assert.Equal("""{"email":"yamada@example.jp","firstName":"太郎","lastName":"山田","region":"北海道","externalId":"crm-1","fields":{"導入検討時期":"3カ月以内","メモ":"展示会で名刺交換"}}""", lead);
    }

    [Fact]
    public void with_unmapped_ignore_only_mapped_and_standard_named_columns_are_sent()
    {
        var path = _files.Write(HotProfile, Encoding.UTF8);
        var lead = Assert.Single(CsvFiles.Leads(path, maps: ["email=E-mail"], keepUnmapped: false));
        Assert.Equal("""{"email":"yamada@example.jp","firstName":"太郎","lastName":"山田","externalId":"crm-1"}""", lead);
    }

    [Fact]
    public void empty_cells_are_left_out_and_a_row_of_empty_cells_is_not_sent()
    {
        var path = _files.Write("email,company,Straße\na@example.de,,Königsallee 1\n,,\nb@example.de,Müller GmbH,\n", Encoding.UTF8);
        Assert.Equal(
            ["""{"email":"a@example.de","fields":{"Straße":"Königsallee 1"}}""", """{"email":"b@example.de","company":"Müller GmbH"}"""],
            CsvFiles.Leads(path));
    }

    [Fact]
    public void mapping_a_column_the_file_lacks_names_the_columns_it_has()
    {
        var error = Assert.Throws<ArgumentException>(() => ColumnMap.Resolve(["E-mail", "都道府県"], ColumnMap.ParsePairs(["region=県"]), true));
        Assert.Contains("E-mail, 都道府県", error.Message);
    }

    [Theory]
    [InlineData("favouriteColour=Colour")]
    [InlineData("email")]
    [InlineData("fields.=Memo")]
    public void a_map_that_is_not_field_equals_header_is_refused(string map) =>
        Assert.Throws<ArgumentException>(() => ColumnMap.ParsePairs([map]));

    [Fact]
    public void two_columns_mapped_to_one_field_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ColumnMap.Resolve(["mail", "Email"], ColumnMap.ParsePairs(["email=mail", "email=Email"]), true));
        Assert.Contains("email", error.Message);
    }

    [Fact]
    public void a_column_named_like_a_field_mapped_from_another_column_becomes_a_custom_field()
    {
        var map = ColumnMap.Resolve(["mail", "Email"], ColumnMap.ParsePairs(["email=mail"]), true);
        Assert.Equal(["email", "fields.Email"], map.Targets.Select(t => t!.Path));
    }

    public void Dispose() => _files.Dispose();
}

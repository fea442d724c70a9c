using System.Globalization;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Validation;

internal static class CampaignRules
{
    public static void Validate(Campaign campaign, string path, List<ValidationError> errors)
    {
        IdRules.Check(campaign.Id, path, errors);
        if (campaign.Cost is < 0)
            errors.Add(new(path + ".cost", string.Create(CultureInfo.InvariantCulture, $"cost must be 0 or more (got {campaign.Cost})")));
    }
}

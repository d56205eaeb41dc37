//! `Campaignactivated`, from `apis/triggers/schemas/campaignactivated.yaml`.

use crate::models::CampaignactivatedCampaign;

/// `Campaignactivated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaignactivated {
    /// Details about the certification campaign that was activated.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub campaign: Option<CampaignactivatedCampaign>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaignactivated {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(campaign: CampaignactivatedCampaign) -> Self {
        Campaignactivated {
            campaign: Some(campaign),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Campaignactivated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaignactivated {
    const NAME: &'static str = "Campaignactivated";

    #[inline]
    fn empty() -> Self {
        Campaignactivated {
            campaign: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "campaign" => self.campaign = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

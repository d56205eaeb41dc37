//! `CampaignEndedCampaignCampaignOwner`, from `beta/schemas/trigger/example-input/CampaignEnded.yaml#/properties/campaign/properties/campaignOwner`.

/// Details of the identity who owns the campaign.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CampaignEndedCampaignCampaignOwner {
    /// Identity's unique ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Identity's name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// Identity's primary email address.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub email: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CampaignEndedCampaignCampaignOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        display_name: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        CampaignEndedCampaignCampaignOwner {
            id: id.into(),
            display_name: display_name.into(),
            email: email.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CampaignEndedCampaignCampaignOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CampaignEndedCampaignCampaignOwner {
    const NAME: &'static str = "CampaignEndedCampaignCampaignOwner";

    #[inline]
    fn empty() -> Self {
        CampaignEndedCampaignCampaignOwner {
            id: Default::default(),
            display_name: Default::default(),
            email: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "email" => self.email = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `Campaigncompleteoptions`, from `apis/certification-campaigns/schemas/campaigncompleteoptions.yaml`.

use crate::models::CampaigncompleteoptionsAutoCompleteAction;

/// `Campaigncompleteoptions` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaigncompleteoptions {
    /// Determines whether to auto-approve(APPROVE) or auto-revoke(REVOKE) upon campaign completion.
    #[serde(rename = "autoCompleteAction", skip_serializing_if = "Option::is_none")]
    pub auto_complete_action: Option<CampaigncompleteoptionsAutoCompleteAction>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaigncompleteoptions {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Campaigncompleteoptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaigncompleteoptions {
    const NAME: &'static str = "Campaigncompleteoptions";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "autoCompleteAction" => self.auto_complete_action = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

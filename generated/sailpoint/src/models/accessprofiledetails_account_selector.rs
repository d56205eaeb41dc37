//! `AccessprofiledetailsAccountSelector`, from `apis/apps/schemas/accessprofiledetails.yaml#/properties/accountSelector`.

use crate::models::Appaccessprofileselector;

/// How to select account when there are multiple accounts for the user
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessprofiledetailsAccountSelector {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selectors: Option<Vec<Appaccessprofileselector>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessprofiledetailsAccountSelector {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AccessprofiledetailsAccountSelector {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessprofiledetailsAccountSelector {
    const NAME: &'static str = "AccessprofiledetailsAccountSelector";

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
            "selectors" => self.selectors = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

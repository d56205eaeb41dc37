//! `Accountaction`, from `apis/lifecycle-states/schemas/accountaction.yaml`.

use crate::models::AccountactionAction;

/// Object for specifying Actions to be performed on a specified list of sources' account.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountaction {
    /// Describes if action will be enable, disable or delete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<AccountactionAction>,
    /// A unique list of specific source IDs to apply the action to. The sources must have the ENABLE feature or flat file source. Required if allSources is not true. Must not be provided if allSources is true. Cannot be used together with excludeSourceIds See "/sources" endpoint for source features.
    #[serde(rename = "sourceIds", skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
    /// A list of source IDs to exclude from the action. Cannot be used together with sourceIds.
    #[serde(rename = "excludeSourceIds", skip_serializing_if = "Option::is_none")]
    pub exclude_source_ids: Option<Vec<String>>,
    /// If true, the action applies to all available sources. If true, sourceIds must not be provided. If false or not set, sourceIds is required.
    #[serde(rename = "allSources", skip_serializing_if = "Option::is_none")]
    pub all_sources: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountaction {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountaction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountaction {
    const NAME: &'static str = "Accountaction";

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
            "action" => self.action = map.next_value()?,
            "sourceIds" => self.source_ids = map.next_value()?,
            "excludeSourceIds" => self.exclude_source_ids = map.next_value()?,
            "allSources" => {
                self.all_sources = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

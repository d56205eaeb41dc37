//! `ImportAccountsRequest2`, from `beta/paths/load-accounts.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema`.

use crate::models::ImportAccountsRequest2DisableOptimization;

/// This content type is provided for compatibility with services that don't support multipart/form-data, such as SailPoint Workflows. This content type does not support files, so it can only be used for direct connect sources.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ImportAccountsRequest2 {
    /// Use this flag to reprocess every account whether or not the data has changed.
    #[serde(rename = "disableOptimization", skip_serializing_if = "Option::is_none")]
    pub disable_optimization: Option<ImportAccountsRequest2DisableOptimization>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportAccountsRequest2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ImportAccountsRequest2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ImportAccountsRequest2 {
    const NAME: &'static str = "ImportAccountsRequest2";

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
            "disableOptimization" => self.disable_optimization = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

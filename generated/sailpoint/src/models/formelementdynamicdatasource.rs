//! `Formelementdynamicdatasource`, from `apis/custom-forms/schemas/formelementdynamicdatasource.yaml`.

use crate::models::{
    FormelementdynamicdatasourceDataSourceType, Formelementdynamicdatasourceconfig,
};

/// `Formelementdynamicdatasource` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Formelementdynamicdatasource {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<Formelementdynamicdatasourceconfig>,
    /// DataSourceType is a FormElementDataSourceType value
    /// STATIC FormElementDataSourceTypeStatic
    /// INTERNAL FormElementDataSourceTypeInternal
    /// SEARCH FormElementDataSourceTypeSearch
    /// FORM_INPUT FormElementDataSourceTypeFormInput
    #[serde(rename = "dataSourceType", skip_serializing_if = "Option::is_none")]
    pub data_source_type: Option<FormelementdynamicdatasourceDataSourceType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formelementdynamicdatasource {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Formelementdynamicdatasource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Formelementdynamicdatasource {
    const NAME: &'static str = "Formelementdynamicdatasource";

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
            "config" => self.config = map.next_value()?,
            "dataSourceType" => self.data_source_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

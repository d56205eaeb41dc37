//! `Formelementdynamicdatasourceconfig`, from `apis/custom-forms/schemas/formelementdynamicdatasourceconfig.yaml`.

use crate::models::{
    FormelementdynamicdatasourceconfigIndicesInner,
    FormelementdynamicdatasourceconfigObjectType,
};

/// `Formelementdynamicdatasourceconfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Formelementdynamicdatasourceconfig {
    /// AggregationBucketField is the aggregation bucket field name
    #[serde(rename = "aggregationBucketField", skip_serializing_if = "Option::is_none")]
    pub aggregation_bucket_field: Option<String>,
    /// Indices is a list of indices to use
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indices: Option<Vec<FormelementdynamicdatasourceconfigIndicesInner>>,
    /// ObjectType is a PreDefinedSelectOption value
    /// IDENTITY PreDefinedSelectOptionIdentity
    /// ACCESS_PROFILE PreDefinedSelectOptionAccessProfile
    /// SOURCES PreDefinedSelectOptionSources
    /// ROLE PreDefinedSelectOptionRole
    /// ENTITLEMENT PreDefinedSelectOptionEntitlement
    #[serde(rename = "objectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<FormelementdynamicdatasourceconfigObjectType>,
    /// Query is a text
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formelementdynamicdatasourceconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Formelementdynamicdatasourceconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Formelementdynamicdatasourceconfig {
    const NAME: &'static str = "Formelementdynamicdatasourceconfig";

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
            "aggregationBucketField" => {
                self.aggregation_bucket_field = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "indices" => self.indices = map.next_value()?,
            "objectType" => self.object_type = map.next_value()?,
            "query" => self.query = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

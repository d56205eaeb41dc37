//! `FormElementDynamicDataSourceConfig`, from `beta/schemas/forms/FormElementDynamicDataSourceConfig.yaml`.

use crate::models::{
    FormElementDynamicDataSourceConfigIndicesInner,
    FormElementDynamicDataSourceConfigObjectType,
};

/// `FormElementDynamicDataSourceConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormElementDynamicDataSourceConfig {
    /// AggregationBucketField is the aggregation bucket field name
    #[serde(
        rename = "aggregationBucketField",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub aggregation_bucket_field: Option<String>,
    /// Indices is a list of indices to use
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indices: Option<Vec<FormElementDynamicDataSourceConfigIndicesInner>>,
    /// ObjectType is a PreDefinedSelectOption value
    /// IDENTITY PreDefinedSelectOptionIdentity
    /// ACCESS_PROFILE PreDefinedSelectOptionAccessProfile
    /// SOURCES PreDefinedSelectOptionSources
    /// ROLE PreDefinedSelectOptionRole
    /// ENTITLEMENT PreDefinedSelectOptionEntitlement
    #[serde(rename = "objectType", default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<FormElementDynamicDataSourceConfigObjectType>,
    /// Query is a text
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub query: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormElementDynamicDataSourceConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormElementDynamicDataSourceConfig {
            aggregation_bucket_field: None,
            indices: None,
            object_type: None,
            query: None,
            additional_properties: Default::default(),
        }
    }
}

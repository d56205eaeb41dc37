//! `FormElementDynamicDataSource`, from `beta/schemas/forms/FormElementDynamicDataSource.yaml`.

use crate::models::{
    FormElementDynamicDataSourceConfig, FormElementDynamicDataSourceDataSourceType,
};

/// `FormElementDynamicDataSource` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormElementDynamicDataSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<FormElementDynamicDataSourceConfig>,
    /// DataSourceType is a FormElementDataSourceType value
    /// STATIC FormElementDataSourceTypeStatic
    /// INTERNAL FormElementDataSourceTypeInternal
    /// SEARCH FormElementDataSourceTypeSearch
    /// FORM_INPUT FormElementDataSourceTypeFormInput
    #[serde(rename = "dataSourceType", default, skip_serializing_if = "Option::is_none")]
    pub data_source_type: Option<FormElementDynamicDataSourceDataSourceType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormElementDynamicDataSource {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormElementDynamicDataSource {
            config: None,
            data_source_type: None,
            additional_properties: Default::default(),
        }
    }
}

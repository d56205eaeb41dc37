//! `NativeChangeDetectionConfig`, from `beta/schemas/NativeChangeDetectionConfig.yaml`.

use crate::models::NativeChangeDetectionConfigOperationsInner;

/// Source configuration information for Native Change Detection that is read and used by account aggregation process.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NativeChangeDetectionConfig {
    /// A flag indicating if Native Change Detection is enabled for a source.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub enabled: Option<bool>,
    /// Operation types for which Native Change Detection is enabled for a source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operations: Option<Vec<NativeChangeDetectionConfigOperationsInner>>,
    /// A flag indicating that all entitlements participate in Native Change Detection.
    #[serde(
        rename = "allEntitlements",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub all_entitlements: Option<bool>,
    /// A flag indicating that all non-entitlement account attributes participate in Native Change Detection.
    #[serde(
        rename = "allNonEntitlementAttributes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub all_non_entitlement_attributes: Option<bool>,
    /// If allEntitlements flag is off this field lists entitlements that participate in Native Change Detection.
    #[serde(
        rename = "selectedEntitlements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub selected_entitlements: Option<Vec<String>>,
    /// If allNonEntitlementAttributes flag is off this field lists non-entitlement account attributes that participate in Native Change Detection.
    #[serde(
        rename = "selectedNonEntitlementAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub selected_non_entitlement_attributes: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NativeChangeDetectionConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NativeChangeDetectionConfig {
            enabled: None,
            operations: None,
            all_entitlements: None,
            all_non_entitlement_attributes: None,
            selected_entitlements: None,
            selected_non_entitlement_attributes: None,
            additional_properties: Default::default(),
        }
    }
}

//! `RoleCriteriaLevel2`, from `v3/schemas/access/RoleCriteriaLevel2.yaml`.

use crate::models::{RoleCriteriaKey, RoleCriteriaLevel3, RoleCriteriaOperation};

/// Defines STANDARD type Role membership
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleCriteriaLevel2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<RoleCriteriaOperation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<RoleCriteriaKey>,
    /// String value to test the Identity attribute, Account attribute, or Entitlement specified in the key w/r/t the specified operation. If this criteria is a leaf node, that is, if the operation is one of EQUALS, NOT_EQUALS, CONTAINS, DOES_NOT_CONTAIN, STARTS_WITH, or ENDS_WITH, this field is required. Otherwise, specifying it is an error.
    #[serde(
        rename = "stringValue",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub string_value: Option<String>,
    /// Array of child criteria. Required if the operation is AND or OR, otherwise it must be left null. A maximum of three levels of criteria are supported, including leaf nodes. Additionally, AND nodes can only be children or OR nodes and vice-versa.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<RoleCriteriaLevel3>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleCriteriaLevel2 {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleCriteriaLevel2 {
            operation: None,
            key: None,
            string_value: None,
            children: None,
            additional_properties: Default::default(),
        }
    }
}

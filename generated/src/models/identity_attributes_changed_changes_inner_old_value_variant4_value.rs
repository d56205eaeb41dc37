//! `IdentityAttributesChangedChangesInnerOldValueVariant4Value`, from `beta/schemas/trigger/example-input/IdentityAttributesChanged.yaml#/properties/changes/items/properties/oldValue/oneOf/3/additionalProperties`.

/// `IdentityAttributesChangedChangesInnerOldValueVariant4Value` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityAttributesChangedChangesInnerOldValueVariant4Value {
    String(String),
    Number(f64),
    Integer(i64),
    Bool(bool),
}

impl From<String> for IdentityAttributesChangedChangesInnerOldValueVariant4Value {
    fn from(value: String) -> Self {
        IdentityAttributesChangedChangesInnerOldValueVariant4Value::String(value)
    }
}

impl From<f64> for IdentityAttributesChangedChangesInnerOldValueVariant4Value {
    fn from(value: f64) -> Self {
        IdentityAttributesChangedChangesInnerOldValueVariant4Value::Number(value)
    }
}

impl From<i64> for IdentityAttributesChangedChangesInnerOldValueVariant4Value {
    fn from(value: i64) -> Self {
        IdentityAttributesChangedChangesInnerOldValueVariant4Value::Integer(value)
    }
}

impl From<bool> for IdentityAttributesChangedChangesInnerOldValueVariant4Value {
    fn from(value: bool) -> Self {
        IdentityAttributesChangedChangesInnerOldValueVariant4Value::Bool(value)
    }
}

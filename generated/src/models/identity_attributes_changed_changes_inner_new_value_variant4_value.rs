//! `IdentityAttributesChangedChangesInnerNewValueVariant4Value`, from `beta/schemas/trigger/example-input/IdentityAttributesChanged.yaml#/properties/changes/items/properties/newValue/oneOf/3/additionalProperties`.

/// `IdentityAttributesChangedChangesInnerNewValueVariant4Value` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityAttributesChangedChangesInnerNewValueVariant4Value {
    String(String),
    Number(f64),
    Integer(i64),
    Bool(bool),
}

impl From<String> for IdentityAttributesChangedChangesInnerNewValueVariant4Value {
    fn from(value: String) -> Self {
        IdentityAttributesChangedChangesInnerNewValueVariant4Value::String(value)
    }
}

impl From<f64> for IdentityAttributesChangedChangesInnerNewValueVariant4Value {
    fn from(value: f64) -> Self {
        IdentityAttributesChangedChangesInnerNewValueVariant4Value::Number(value)
    }
}

impl From<i64> for IdentityAttributesChangedChangesInnerNewValueVariant4Value {
    fn from(value: i64) -> Self {
        IdentityAttributesChangedChangesInnerNewValueVariant4Value::Integer(value)
    }
}

impl From<bool> for IdentityAttributesChangedChangesInnerNewValueVariant4Value {
    fn from(value: bool) -> Self {
        IdentityAttributesChangedChangesInnerNewValueVariant4Value::Bool(value)
    }
}

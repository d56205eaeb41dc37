//! `SpConfigRuleValue`, from `beta/schemas/SpConfigRule.yaml#/properties/value`.

/// Value to be assigned at the jsonPath location within the object.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum SpConfigRuleValue {
    Array(Vec<serde_json::Value>),
    String(String),
    Number(f64),
    Bool(bool),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<Vec<serde_json::Value>> for SpConfigRuleValue {
    fn from(value: Vec<serde_json::Value>) -> Self {
        SpConfigRuleValue::Array(value)
    }
}

impl From<String> for SpConfigRuleValue {
    fn from(value: String) -> Self {
        SpConfigRuleValue::String(value)
    }
}

impl From<f64> for SpConfigRuleValue {
    fn from(value: f64) -> Self {
        SpConfigRuleValue::Number(value)
    }
}

impl From<bool> for SpConfigRuleValue {
    fn from(value: bool) -> Self {
        SpConfigRuleValue::Bool(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for SpConfigRuleValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        SpConfigRuleValue::Object(value)
    }
}

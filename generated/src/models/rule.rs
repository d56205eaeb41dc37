//! `Rule`, from `v3/schemas/transforms/Rule.yaml`.

use crate::models::{GenerateRandomString, GetReferenceIdentityAttribute, TransformRule};

/// `Rule` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Rule {
    GenerateRandomString(GenerateRandomString),
    GetReferenceIdentityAttribute(GetReferenceIdentityAttribute),
    TransformRule(TransformRule),
}

impl From<GenerateRandomString> for Rule {
    fn from(value: GenerateRandomString) -> Self {
        Rule::GenerateRandomString(value)
    }
}

impl From<GetReferenceIdentityAttribute> for Rule {
    fn from(value: GetReferenceIdentityAttribute) -> Self {
        Rule::GetReferenceIdentityAttribute(value)
    }
}

impl From<TransformRule> for Rule {
    fn from(value: TransformRule) -> Self {
        Rule::TransformRule(value)
    }
}

//! `Violationcontext`, from `apis/sod-violations/schemas/violationcontext.yaml`.

use crate::models::{Exceptionaccesscriteria, ViolationcontextPolicy};

/// `Violationcontext` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Violationcontext {
    /// The types of objects supported for SOD violations
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy: Option<ViolationcontextPolicy>,
    /// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
    #[serde(
        rename = "conflictingAccessCriteria",
        skip_serializing_if = "Option::is_none"
    )]
    pub conflicting_access_criteria: Option<Exceptionaccesscriteria>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Violationcontext {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Violationcontext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Violationcontext {
    const NAME: &'static str = "Violationcontext";

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
            "policy" => self.policy = map.next_value()?,
            "conflictingAccessCriteria" => {
                self.conflicting_access_criteria = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

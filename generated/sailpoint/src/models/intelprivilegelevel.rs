//! `Intelprivilegelevel`, from `apis/intelligence/schemas/intelprivilegelevel.yaml`.

use crate::models::IntelprivilegelevelEffective;

/// Effective privilege level for the privileged access item. Set to HIGH, MEDIUM, or LOW based on
/// the tenant's privilege classification configuration, including connector criteria, custom criteria,
/// manual overrides, or a single configured privilege level. Use NONE when no privilege level is
/// assigned. Entitlements previously marked with privileged=true are classified as HIGH.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelprivilegelevel {
    /// Effective privilege level for the privileged access item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective: Option<IntelprivilegelevelEffective>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelprivilegelevel {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Intelprivilegelevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelprivilegelevel {
    const NAME: &'static str = "Intelprivilegelevel";

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
            "effective" => self.effective = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

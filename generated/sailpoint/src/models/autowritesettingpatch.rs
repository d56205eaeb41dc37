//! `Autowritesettingpatch`, from `apis/suggested-entitlement-description/schemas/autowritesettingpatch.yaml`.

use crate::models::{AutowritesettingpatchOp, AutowritesettingpatchValue};

/// Patch operation for Auto-Write Setting
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Autowritesettingpatch {
    /// The operation to perform. Only "replace" is supported.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<AutowritesettingpatchOp>,
    /// The field to update. Allowed values: /enabled, /includedSourceIds, /excludedSourceIds
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub path: String,
    /// The new value for the field
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<AutowritesettingpatchValue>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Autowritesettingpatch {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        op: AutowritesettingpatchOp,
        path: impl Into<String>,
        value: AutowritesettingpatchValue,
    ) -> Self {
        Autowritesettingpatch {
            op: Some(op),
            path: path.into(),
            value: Some(value),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Autowritesettingpatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Autowritesettingpatch {
    const NAME: &'static str = "Autowritesettingpatch";

    #[inline]
    fn empty() -> Self {
        Autowritesettingpatch {
            op: None,
            path: Default::default(),
            value: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "op" => self.op = map.next_value()?,
            "path" => self.path = map.next_value_seed(crate::lenient::Text)?,
            "value" => self.value = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

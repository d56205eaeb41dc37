//! `Sedpatch`, from `apis/suggested-entitlement-description/schemas/sedpatch.yaml`.

/// Patch for Suggested Entitlement Description
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sedpatch {
    /// desired operation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<String>,
    /// field to be patched
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// value to replace with
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sedpatch {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sedpatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sedpatch {
    const NAME: &'static str = "Sedpatch";

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
            "op" => self.op = map.next_value_seed(crate::lenient::TextOption)?,
            "path" => self.path = map.next_value_seed(crate::lenient::TextOption)?,
            "value" => self.value = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

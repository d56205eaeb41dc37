//! `Parameterstoragejsonpatch`, from `apis/parameter-storage/schemas/parameterstoragejsonpatch.yaml`.

use crate::models::ParameterstoragejsonpatchOp;

/// RFC 6902 JSON Patch operation
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Parameterstoragejsonpatch {
    /// The operation to perform (add, remove, replace, move, copy, test)
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<ParameterstoragejsonpatchOp>,
    /// A JSON-Pointer describing the target location
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub path: String,
    /// The value to be used within the operations. Required for add/replace/test.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// A JSON-Pointer describing the source location for move/copy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Parameterstoragejsonpatch {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(op: ParameterstoragejsonpatchOp, path: impl Into<String>) -> Self {
        Parameterstoragejsonpatch {
            op: Some(op),
            path: path.into(),
            value: None,
            from: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Parameterstoragejsonpatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Parameterstoragejsonpatch {
    const NAME: &'static str = "Parameterstoragejsonpatch";

    #[inline]
    fn empty() -> Self {
        Parameterstoragejsonpatch {
            op: None,
            path: Default::default(),
            value: None,
            from: None,
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
            "from" => self.from = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

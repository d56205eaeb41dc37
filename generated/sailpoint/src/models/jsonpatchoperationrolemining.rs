//! `Jsonpatchoperationrolemining`, from `apis/iai-role-mining/schemas/jsonpatchoperationrolemining.yaml`.

use crate::models::{JsonpatchoperationroleminingOp, JsonpatchoperationroleminingValue};

/// A JSONPatch Operation for Role Mining endpoints, supporting only remove and replace operations as defined by [RFC 6902 - JSON Patch](https://tools.ietf.org/html/rfc6902)
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Jsonpatchoperationrolemining {
    /// The operation to be performed
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<JsonpatchoperationroleminingOp>,
    /// A string JSON Pointer representing the target path to an element to be affected by the operation
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub path: String,
    /// The value to be used for the operation, required for "replace" operations
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<JsonpatchoperationroleminingValue>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Jsonpatchoperationrolemining {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(op: JsonpatchoperationroleminingOp, path: impl Into<String>) -> Self {
        Jsonpatchoperationrolemining {
            op: Some(op),
            path: path.into(),
            value: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Jsonpatchoperationrolemining {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Jsonpatchoperationrolemining {
    const NAME: &'static str = "Jsonpatchoperationrolemining";

    #[inline]
    fn empty() -> Self {
        Jsonpatchoperationrolemining {
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

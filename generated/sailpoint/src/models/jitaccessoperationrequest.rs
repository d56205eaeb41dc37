//! `Jitaccessoperationrequest`, from `apis/jit-access/schemas/jitaccessoperationrequest.yaml`.

use crate::models::{
    JitaccessoperationrequestOp, JitaccessoperationrequestPath,
    JitaccessoperationrequestValue,
};

/// A single replace operation applied to JIT activation configuration.
/// Only **replace** is supported. **path** must be one of the allowed JSON Pointer-style paths.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Jitaccessoperationrequest {
    /// Operation type. Defaults to `replace` if omitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<JitaccessoperationrequestOp>,
    /// Path to replace. Only the following JSON Pointer-style paths are supported.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<JitaccessoperationrequestPath>,
    /// New value. Type depends on **path**: arrays of strings for `/entitlementIds` and `/notificationRecipients`,
    /// integer for `*Mins` paths, string for `/notificationTemplate`, boolean for `/applyToFutureAssignments`.
    /// Use `null` when clearing nullable fields (for example `/notificationTemplate` or `*Mins` paths).
    pub value: Option<JitaccessoperationrequestValue>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Jitaccessoperationrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(path: JitaccessoperationrequestPath) -> Self {
        Jitaccessoperationrequest {
            op: None,
            path: Some(path),
            value: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Jitaccessoperationrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Jitaccessoperationrequest {
    const NAME: &'static str = "Jitaccessoperationrequest";

    #[inline]
    fn empty() -> Self {
        Jitaccessoperationrequest {
            op: None,
            path: None,
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
            "path" => self.path = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

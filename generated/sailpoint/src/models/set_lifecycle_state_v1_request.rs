//! `SetLifecycleStateV1Request`, from `apis/lifecycle-states/paths/identities-v1-by-identity-id-set-lifecycle-state.yaml#/post/requestBody/content/application~1json/schema`.

/// `SetLifecycleStateV1Request` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SetLifecycleStateV1Request {
    /// ID of the lifecycle state to set.
    #[serde(rename = "lifecycleStateId", skip_serializing_if = "Option::is_none")]
    pub lifecycle_state_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SetLifecycleStateV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SetLifecycleStateV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SetLifecycleStateV1Request {
    const NAME: &'static str = "SetLifecycleStateV1Request";

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
            "lifecycleStateId" => {
                self.lifecycle_state_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

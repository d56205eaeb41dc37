//! `SetLifecycleStateV1200Response`, from `apis/lifecycle-states/paths/identities-v1-by-identity-id-set-lifecycle-state.yaml#/post/responses/200/content/application~1json/schema`.

/// `SetLifecycleStateV1200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SetLifecycleStateV1200Response {
    /// ID of the IdentityRequest object that is generated when the workflow launches. To follow the IdentityRequest, you can provide this ID with a [Get Account Activity request](https://developer.sailpoint.com/docs/api/get-account-activity-v-1). The response will contain relevant information about the IdentityRequest, such as its status.
    #[serde(rename = "accountActivityId", skip_serializing_if = "Option::is_none")]
    pub account_activity_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SetLifecycleStateV1200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SetLifecycleStateV1200Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SetLifecycleStateV1200Response {
    const NAME: &'static str = "SetLifecycleStateV1200Response";

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
            "accountActivityId" => {
                self.account_activity_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

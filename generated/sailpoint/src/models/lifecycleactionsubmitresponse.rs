//! `Lifecycleactionsubmitresponse`, from `apis/machine-identities-lifecycle-actions/schemas/lifecycleactionsubmitresponse.yaml`.

use crate::models::Lifecycleaction;

/// `Lifecycleactionsubmitresponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Lifecycleactionsubmitresponse {
    /// Unique identifier for the created lifecycle request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "requestId")]
    pub request_id: String,
    /// Initial lifecycle request status.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub status: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Lifecycleaction>,
    /// Internal machine identity UUID for the lifecycle target.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "targetId")]
    pub target_id: String,
    /// Connector resource id for the lifecycle target, when present.
    #[serde(rename = "resourceId", skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// Time when the lifecycle request was created (ISO-8601).
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Lifecycleactionsubmitresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        request_id: impl Into<String>,
        status: impl Into<String>,
        action: Lifecycleaction,
        target_id: impl Into<String>,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Lifecycleactionsubmitresponse {
            request_id: request_id.into(),
            status: status.into(),
            action: Some(action),
            target_id: target_id.into(),
            resource_id: None,
            created_at: Some(created_at),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Lifecycleactionsubmitresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Lifecycleactionsubmitresponse {
    const NAME: &'static str = "Lifecycleactionsubmitresponse";

    #[inline]
    fn empty() -> Self {
        Lifecycleactionsubmitresponse {
            request_id: Default::default(),
            status: Default::default(),
            action: None,
            target_id: Default::default(),
            resource_id: None,
            created_at: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "requestId" => self.request_id = map.next_value_seed(crate::lenient::Text)?,
            "status" => self.status = map.next_value_seed(crate::lenient::Text)?,
            "action" => self.action = map.next_value()?,
            "targetId" => self.target_id = map.next_value_seed(crate::lenient::Text)?,
            "resourceId" => {
                self.resource_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "createdAt" => {
                self.created_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

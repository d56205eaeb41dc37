//! `TestSourceConnectionMultihostV1200Response`, from `apis/multi-host-integration/paths/multihosts-v1-by-multihostid-sources-by-sourceid-testconnection.yaml#/get/responses/200/content/application~1json/schema`.

use crate::models::TestSourceConnectionMultihostV1200ResponseResultType;

/// `TestSourceConnectionMultihostV1200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TestSourceConnectionMultihostV1200Response {
    /// Source's test connection status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Source's test connection message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Source's test connection timing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timing: Option<i64>,
    /// Source's human-readable result type.
    #[serde(rename = "resultType", skip_serializing_if = "Option::is_none")]
    pub result_type: Option<TestSourceConnectionMultihostV1200ResponseResultType>,
    /// Source's human-readable test connection details.
    #[serde(rename = "testConnectionDetails", skip_serializing_if = "Option::is_none")]
    pub test_connection_details: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TestSourceConnectionMultihostV1200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for TestSourceConnectionMultihostV1200Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TestSourceConnectionMultihostV1200Response {
    const NAME: &'static str = "TestSourceConnectionMultihostV1200Response";

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
            "success" => self.success = map.next_value_seed(crate::lenient::FlagOption)?,
            "message" => self.message = map.next_value_seed(crate::lenient::TextOption)?,
            "timing" => self.timing = map.next_value()?,
            "resultType" => self.result_type = map.next_value()?,
            "testConnectionDetails" => {
                self.test_connection_details = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

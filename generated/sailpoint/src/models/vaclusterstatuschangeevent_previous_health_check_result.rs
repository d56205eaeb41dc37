//! `VaclusterstatuschangeeventPreviousHealthCheckResult`, from `apis/triggers/schemas/vaclusterstatuschangeevent.yaml#/properties/previousHealthCheckResult`.

use crate::models::VaclusterstatuschangeeventPreviousHealthCheckResultStatus;

/// The results of the last health check.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct VaclusterstatuschangeeventPreviousHealthCheckResult {
    /// Detailed message of the result of the health check.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub message: String,
    /// The type of the health check result.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "resultType")]
    pub result_type: String,
    /// The status of the health check.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<VaclusterstatuschangeeventPreviousHealthCheckResultStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl VaclusterstatuschangeeventPreviousHealthCheckResult {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        message: impl Into<String>,
        result_type: impl Into<String>,
        status: VaclusterstatuschangeeventPreviousHealthCheckResultStatus,
    ) -> Self {
        VaclusterstatuschangeeventPreviousHealthCheckResult {
            message: message.into(),
            result_type: result_type.into(),
            status: Some(status),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de>
for VaclusterstatuschangeeventPreviousHealthCheckResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for VaclusterstatuschangeeventPreviousHealthCheckResult {
    const NAME: &'static str = "VaclusterstatuschangeeventPreviousHealthCheckResult";

    #[inline]
    fn empty() -> Self {
        VaclusterstatuschangeeventPreviousHealthCheckResult {
            message: Default::default(),
            result_type: Default::default(),
            status: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "message" => self.message = map.next_value_seed(crate::lenient::Text)?,
            "resultType" => self.result_type = map.next_value_seed(crate::lenient::Text)?,
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

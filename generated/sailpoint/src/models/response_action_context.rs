//! `ResponseActionContext`, from `apis/intelligence/schemas/response-action-context.yaml`.

use crate::models::ResponseActionContextSource;

/// External source metadata captured for audit and traceability.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResponseActionContext {
    /// External system that initiated the action.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<ResponseActionContextSource>,
    /// External alert or case identifier.
    #[serde(rename = "externalAlertId", skip_serializing_if = "Option::is_none")]
    pub external_alert_id: Option<String>,
    /// Human-readable reason for the action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Operator or analyst who initiated the action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ResponseActionContext {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(source: ResponseActionContextSource) -> Self {
        ResponseActionContext {
            source: Some(source),
            external_alert_id: None,
            reason: None,
            operator: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ResponseActionContext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ResponseActionContext {
    const NAME: &'static str = "ResponseActionContext";

    #[inline]
    fn empty() -> Self {
        ResponseActionContext {
            source: None,
            external_alert_id: None,
            reason: None,
            operator: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "source" => self.source = map.next_value()?,
            "externalAlertId" => {
                self.external_alert_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "reason" => self.reason = map.next_value_seed(crate::lenient::TextOption)?,
            "operator" => {
                self.operator = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

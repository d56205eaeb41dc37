//! `Intelcertificationhistoryevent`, from `apis/intelligence/schemas/intelcertificationhistoryevent.yaml`.

use crate::models::IntelcertificationhistoryeventEventType;

/// Certification history event. Supported eventType is IdentityCertified.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelcertificationhistoryevent {
    /// Type of certification history event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "eventType", skip_serializing_if = "Option::is_none")]
    pub event_type: Option<IntelcertificationhistoryeventEventType>,
    /// Event timestamp.
    #[serde(rename = "dateTime", skip_serializing_if = "Option::is_none")]
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Identifier of the certification.
    #[serde(rename = "certificationId", skip_serializing_if = "Option::is_none")]
    pub certification_id: Option<String>,
    /// Display name of the certification.
    #[serde(rename = "certificationName", skip_serializing_if = "Option::is_none")]
    pub certification_name: Option<String>,
    /// Timestamp when the certification was signed.
    #[serde(rename = "signedDate", skip_serializing_if = "Option::is_none")]
    pub signed_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Intelcertificationhistoryevent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(event_type: IntelcertificationhistoryeventEventType) -> Self {
        Intelcertificationhistoryevent {
            event_type: Some(event_type),
            date_time: None,
            certification_id: None,
            certification_name: None,
            signed_date: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelcertificationhistoryevent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelcertificationhistoryevent {
    const NAME: &'static str = "Intelcertificationhistoryevent";

    #[inline]
    fn empty() -> Self {
        Intelcertificationhistoryevent {
            event_type: None,
            date_time: None,
            certification_id: None,
            certification_name: None,
            signed_date: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "eventType" => self.event_type = map.next_value()?,
            "dateTime" => {
                self.date_time = map.next_value_seed(crate::datetime::Optional)?;
            }
            "certificationId" => {
                self.certification_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "certificationName" => {
                self.certification_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "signedDate" => {
                self.signed_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

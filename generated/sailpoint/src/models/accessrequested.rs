//! `Accessrequested`, from `apis/identity-history/schemas/accessrequested.yaml`.

use crate::models::Accessrequestresponse2;

/// `Accessrequested` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequested {
    /// the access request details
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accessRequest", skip_serializing_if = "Option::is_none")]
    pub access_request: Option<Accessrequestresponse2>,
    /// the identity id
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// the event type
    #[serde(rename = "eventType", skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// the date of event
    #[serde(rename = "dateTime", skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequested {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(access_request: Accessrequestresponse2) -> Self {
        Accessrequested {
            access_request: Some(access_request),
            identity_id: None,
            event_type: None,
            date_time: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequested {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequested {
    const NAME: &'static str = "Accessrequested";

    #[inline]
    fn empty() -> Self {
        Accessrequested {
            access_request: None,
            identity_id: None,
            event_type: None,
            date_time: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "accessRequest" => self.access_request = map.next_value()?,
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "eventType" => {
                self.event_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "dateTime" => {
                self.date_time = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

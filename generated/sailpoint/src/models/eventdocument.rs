//! `Eventdocument`, from `apis/search/schemas/eventdocument.yaml`.

use crate::models::{EventdocumentActor, EventdocumentTarget};

/// Event
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Eventdocument {
    /// ID of the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ISO-8601 date-time referring to the time when the object was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synced: Option<String>,
    /// Name of the event as it's displayed in audit reports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Event type. Refer to [Event Types](https://documentation.sailpoint.com/saas/help/search/index.html#event-types) for a list of event types and their meanings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<EventdocumentActor>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<EventdocumentTarget>,
    /// The event's stack.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stack: Option<String>,
    /// ID of the group of events.
    #[serde(rename = "trackingNumber", skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    /// Target system's IP address.
    #[serde(rename = "ipAddress", skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// ID of event's details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// Attributes involved in the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Objects the event is happening to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub objects: Option<Vec<String>>,
    /// Operation, or action, performed during the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// Event status. Refer to [Event Statuses](https://documentation.sailpoint.com/saas/help/search/index.html#event-statuses) for a list of event statuses and their meanings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Event's normalized name. This normalized name always follows the pattern of 'objects_operation_status'.
    #[serde(rename = "technicalName", skip_serializing_if = "Option::is_none")]
    pub technical_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Eventdocument {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Eventdocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Eventdocument {
    const NAME: &'static str = "Eventdocument";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "synced" => self.synced = map.next_value_seed(crate::lenient::TextOption)?,
            "action" => self.action = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "actor" => self.actor = map.next_value()?,
            "target" => self.target = map.next_value()?,
            "stack" => self.stack = map.next_value_seed(crate::lenient::TextOption)?,
            "trackingNumber" => {
                self.tracking_number = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "ipAddress" => {
                self.ip_address = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "details" => self.details = map.next_value_seed(crate::lenient::TextOption)?,
            "attributes" => self.attributes = map.next_value()?,
            "objects" => self.objects = map.next_value()?,
            "operation" => {
                self.operation = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "technicalName" => {
                self.technical_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

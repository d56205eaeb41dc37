//! `ScheduledsearchOwner`, from `apis/scheduled-search/schemas/scheduledsearch.yaml#/allOf/0/properties/owner`.

use crate::models::ScheduledsearchOwnerType;

/// The owner of the scheduled search
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ScheduledsearchOwner {
    /// The type of object being referenced
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ScheduledsearchOwnerType>,
    /// The ID of the referenced object
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ScheduledsearchOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: ScheduledsearchOwnerType, id: impl Into<String>) -> Self {
        ScheduledsearchOwner {
            r#type: Some(r#type),
            id: id.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ScheduledsearchOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ScheduledsearchOwner {
    const NAME: &'static str = "ScheduledsearchOwner";

    #[inline]
    fn empty() -> Self {
        ScheduledsearchOwner {
            r#type: None,
            id: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `AdminreviewreassignReassignTo`, from `apis/certification-campaigns/schemas/adminreviewreassign.yaml#/properties/reassignTo`.

use crate::models::AdminreviewreassignReassignToType;

/// `AdminreviewreassignReassignTo` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AdminreviewreassignReassignTo {
    /// The identity ID to which the review is being assigned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the ID provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AdminreviewreassignReassignToType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AdminreviewreassignReassignTo {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AdminreviewreassignReassignTo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AdminreviewreassignReassignTo {
    const NAME: &'static str = "AdminreviewreassignReassignTo";

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
            "type" => self.r#type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

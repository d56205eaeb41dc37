//! `Roleassignmentref`, from `apis/identities/schemas/roleassignmentref.yaml`.

use crate::models::Basereferencedto;

/// `Roleassignmentref` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleassignmentref {
    /// Assignment Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Role Id and Name related to this assignment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Basereferencedto>,
    /// Date that the assignment was added
    #[serde(rename = "addedDate", skip_serializing_if = "Option::is_none")]
    pub added_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Date when assignment will be active, if requested with a future date. If null, assignment is active immediately
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Date that the assignment will be removed
    #[serde(rename = "removeDate", skip_serializing_if = "Option::is_none")]
    pub remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleassignmentref {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleassignmentref {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleassignmentref {
    const NAME: &'static str = "Roleassignmentref";

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
            "role" => self.role = map.next_value()?,
            "addedDate" => {
                self.added_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "startDate" => {
                self.start_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "removeDate" => {
                self.remove_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

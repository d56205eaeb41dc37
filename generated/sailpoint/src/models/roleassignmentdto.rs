//! `Roleassignmentdto`, from `apis/identities/schemas/roleassignmentdto.yaml`.

use crate::models::{
    Assignmentcontextdto, Basereferencedto, RoleassignmentdtoAssigner, Roletargetdto,
};

/// `Roleassignmentdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleassignmentdto {
    /// Assignment Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Role Id and Name related to this assignment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Basereferencedto>,
    /// Comments added by the user when the assignment was made
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// Source describing how this assignment was made
    #[serde(rename = "assignmentSource", skip_serializing_if = "Option::is_none")]
    pub assignment_source: Option<String>,
    /// The identity that performed the assignment. This could be blank or system
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assigner: Option<RoleassignmentdtoAssigner>,
    /// Dimensions assigned related to this role
    #[serde(rename = "assignedDimensions", skip_serializing_if = "Option::is_none")]
    pub assigned_dimensions: Option<Vec<Basereferencedto>>,
    #[serde(rename = "assignmentContext", skip_serializing_if = "Option::is_none")]
    pub assignment_context: Option<Assignmentcontextdto>,
    #[serde(rename = "accountTargets", skip_serializing_if = "Option::is_none")]
    pub account_targets: Option<Vec<Roletargetdto>>,
    /// Date when assignment will be active, if access was requested with a future start date. If null, assignment is active immediately
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Date that the assignment will be removed
    #[serde(rename = "removeDate", skip_serializing_if = "Option::is_none")]
    pub remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Date that the assignment was added
    #[serde(rename = "addedDate", skip_serializing_if = "Option::is_none")]
    pub added_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleassignmentdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleassignmentdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleassignmentdto {
    const NAME: &'static str = "Roleassignmentdto";

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
            "comments" => {
                self.comments = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "assignmentSource" => {
                self.assignment_source = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "assigner" => self.assigner = map.next_value()?,
            "assignedDimensions" => self.assigned_dimensions = map.next_value()?,
            "assignmentContext" => self.assignment_context = map.next_value()?,
            "accountTargets" => self.account_targets = map.next_value()?,
            "startDate" => {
                self.start_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "removeDate" => {
                self.remove_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "addedDate" => {
                self.added_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `Workitems`, from `apis/work-items/schemas/workitems.yaml`.

use crate::models::{
    Approvalitemdetails, Formdetails, Remediationitemdetails,
    Workitemstatemanualworkitems, Workitemtypemanualworkitems,
};

/// `Workitems` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workitems {
    /// ID of the work item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the requester
    #[serde(rename = "requesterId", skip_serializing_if = "Option::is_none")]
    pub requester_id: Option<String>,
    /// The displayname of the requester
    #[serde(rename = "requesterDisplayName", skip_serializing_if = "Option::is_none")]
    pub requester_display_name: Option<String>,
    /// The ID of the owner
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// The name of the owner
    #[serde(rename = "ownerName", skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    /// Time when the work item was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the work item was last updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The description of the work item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<Workitemstatemanualworkitems>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Workitemtypemanualworkitems>,
    /// A list of remediation items
    #[serde(rename = "remediationItems", skip_serializing_if = "Option::is_none")]
    pub remediation_items: Option<Vec<Remediationitemdetails>>,
    /// A list of items that need to be approved
    #[serde(rename = "approvalItems", skip_serializing_if = "Option::is_none")]
    pub approval_items: Option<Vec<Approvalitemdetails>>,
    /// The work item name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The time at which the work item completed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of items in the work item
    #[serde(rename = "numItems", skip_serializing_if = "Option::is_none")]
    pub num_items: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<Formdetails>,
    /// An array of errors that ocurred during the work item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workitems {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workitems {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workitems {
    const NAME: &'static str = "Workitems";

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
            "requesterId" => {
                self.requester_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "requesterDisplayName" => {
                self.requester_display_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "ownerId" => self.owner_id = map.next_value_seed(crate::lenient::TextOption)?,
            "ownerName" => {
                self.owner_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "state" => self.state = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "remediationItems" => self.remediation_items = map.next_value()?,
            "approvalItems" => self.approval_items = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "completed" => {
                self.completed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "numItems" => self.num_items = map.next_value()?,
            "form" => self.form = map.next_value()?,
            "errors" => self.errors = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

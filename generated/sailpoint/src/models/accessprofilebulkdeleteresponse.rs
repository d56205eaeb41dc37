//! `Accessprofilebulkdeleteresponse`, from `apis/access-profiles/schemas/accessprofilebulkdeleteresponse.yaml`.

use crate::models::Accessprofileusage;

/// `Accessprofilebulkdeleteresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessprofilebulkdeleteresponse {
    /// ID of the task which is executing the bulk deletion. This can be passed to the **/task-status** API to track status.
    #[serde(rename = "taskId", skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// List of IDs of Access Profiles which are pending deletion.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending: Option<Vec<String>>,
    /// List of usages of Access Profiles targeted for deletion.
    #[serde(rename = "inUse", skip_serializing_if = "Option::is_none")]
    pub in_use: Option<Vec<Accessprofileusage>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessprofilebulkdeleteresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessprofilebulkdeleteresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessprofilebulkdeleteresponse {
    const NAME: &'static str = "Accessprofilebulkdeleteresponse";

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
            "taskId" => self.task_id = map.next_value_seed(crate::lenient::TextOption)?,
            "pending" => self.pending = map.next_value()?,
            "inUse" => self.in_use = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

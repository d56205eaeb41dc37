//! `Workgroupdeleteitem`, from `apis/governance-groups/schemas/workgroupdeleteitem.yaml`.

/// `Workgroupdeleteitem` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workgroupdeleteitem {
    /// Id of the Governance Group.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The HTTP response status code returned for an individual Governance Group that is requested for deletion during a bulk delete operation.
    ///
    /// > 204   -  Governance Group deleted successfully.
    ///
    /// > 409   - Governance Group is in use,hence can not be deleted.
    ///
    /// > 404   - Governance Group not found.
    ///
    /// A server's absent or `null` member reads as `0`.
    pub status: i32,
    /// Human readable status description and containing additional context information about success or failures etc.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workgroupdeleteitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, status: i32) -> Self {
        Workgroupdeleteitem {
            id: id.into(),
            status,
            description: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Workgroupdeleteitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workgroupdeleteitem {
    const NAME: &'static str = "Workgroupdeleteitem";

    #[inline]
    fn empty() -> Self {
        Workgroupdeleteitem {
            id: Default::default(),
            status: Default::default(),
            description: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "status" => {
                self.status = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

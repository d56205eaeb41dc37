//! `Approvalitemdetails`, from `apis/work-items/schemas/approvalitemdetails.yaml`.

use crate::models::Workitemstate;

/// `Approvalitemdetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvalitemdetails {
    /// The approval item's ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The account referenced by the approval item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The name of the application/source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<String>,
    /// The attribute's name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The attribute's operation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// The attribute's value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<Workitemstate>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvalitemdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approvalitemdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvalitemdetails {
    const NAME: &'static str = "Approvalitemdetails";

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
            "account" => self.account = map.next_value_seed(crate::lenient::TextOption)?,
            "application" => {
                self.application = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "operation" => {
                self.operation = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "state" => self.state = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

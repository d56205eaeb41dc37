//! `Accessrequestdynamicapprover2`, from `apis/triggers/schemas/accessrequestdynamicapprover-2.yaml`.

use crate::models::Accessrequestdynamicapprover2Type;

/// `Accessrequestdynamicapprover2` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestdynamicapprover2 {
    /// The unique ID of the identity to add to the approver list for the access request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The name of the identity to add to the approver list for the access request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The type of object being referenced.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Accessrequestdynamicapprover2Type>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestdynamicapprover2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: Accessrequestdynamicapprover2Type,
    ) -> Self {
        Accessrequestdynamicapprover2 {
            id: id.into(),
            name: name.into(),
            r#type: Some(r#type),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestdynamicapprover2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestdynamicapprover2 {
    const NAME: &'static str = "Accessrequestdynamicapprover2";

    #[inline]
    fn empty() -> Self {
        Accessrequestdynamicapprover2 {
            id: Default::default(),
            name: Default::default(),
            r#type: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

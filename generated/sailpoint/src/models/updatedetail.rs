//! `Updatedetail`, from `apis/connectors/schemas/updatedetail.yaml`.

use crate::models::UpdatedetailStatus;

/// `Updatedetail` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Updatedetail {
    /// The detailed message for an update. Typically the relevent error message when status is error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The connector script name
    #[serde(rename = "scriptName", skip_serializing_if = "Option::is_none")]
    pub script_name: Option<String>,
    /// The list of updated files supported by the connector
    #[serde(rename = "updatedFiles", skip_serializing_if = "Option::is_none")]
    pub updated_files: Option<Vec<String>>,
    /// The connector update status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<UpdatedetailStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Updatedetail {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Updatedetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Updatedetail {
    const NAME: &'static str = "Updatedetail";

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
            "message" => self.message = map.next_value_seed(crate::lenient::TextOption)?,
            "scriptName" => {
                self.script_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "updatedFiles" => self.updated_files = map.next_value()?,
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

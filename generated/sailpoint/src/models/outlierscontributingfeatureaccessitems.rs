//! `Outlierscontributingfeatureaccessitems`, from `apis/iai-outliers/schemas/outlierscontributingfeatureaccessitems.yaml`.

use crate::models::OutlierscontributingfeatureaccessitemsAccessType;

/// `Outlierscontributingfeatureaccessitems` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Outlierscontributingfeatureaccessitems {
    /// The ID of the access item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the display name of the access item
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Description of the access item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The type of the access item.
    #[serde(rename = "accessType", skip_serializing_if = "Option::is_none")]
    pub access_type: Option<OutlierscontributingfeatureaccessitemsAccessType>,
    /// the associated source name if it exists
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// rarest access
    #[serde(rename = "extremelyRare", skip_serializing_if = "Option::is_none")]
    pub extremely_rare: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Outlierscontributingfeatureaccessitems {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Outlierscontributingfeatureaccessitems {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Outlierscontributingfeatureaccessitems {
    const NAME: &'static str = "Outlierscontributingfeatureaccessitems";

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
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accessType" => self.access_type = map.next_value()?,
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "extremelyRare" => {
                self.extremely_rare = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `Tenantuimetadataitemupdaterequest`, from `apis/ui-metadata/schemas/tenantuimetadataitemupdaterequest.yaml`.

/// `Tenantuimetadataitemupdaterequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Tenantuimetadataitemupdaterequest {
    /// Parameter that organizational administrators can adjust to permit another domain to encapsulate IDN within an iframe. If you would like to reset the value use "null". It will only allow include into iframe non authenticated portions of the product, such as password reset.
    #[serde(rename = "iframeWhiteList", skip_serializing_if = "Option::is_none")]
    pub iframe_white_list: Option<String>,
    /// Descriptor for the username input field. If you would like to reset the value use "null".
    #[serde(rename = "usernameLabel", skip_serializing_if = "Option::is_none")]
    pub username_label: Option<String>,
    /// Placeholder text displayed in the username input field. If you would like to reset the value use "null".
    #[serde(rename = "usernameEmptyText", skip_serializing_if = "Option::is_none")]
    pub username_empty_text: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Tenantuimetadataitemupdaterequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Tenantuimetadataitemupdaterequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Tenantuimetadataitemupdaterequest {
    const NAME: &'static str = "Tenantuimetadataitemupdaterequest";

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
            "iframeWhiteList" => {
                self.iframe_white_list = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "usernameLabel" => {
                self.username_label = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "usernameEmptyText" => {
                self.username_empty_text = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `Brandingitemcreate`, from `apis/branding/schemas/brandingitemcreate.yaml`.

/// `Brandingitemcreate` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Brandingitemcreate {
    /// name of branding item
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// product name
    #[serde(rename = "productName")]
    pub product_name: Option<String>,
    /// hex value of color for action button
    #[serde(rename = "actionButtonColor", skip_serializing_if = "Option::is_none")]
    pub action_button_color: Option<String>,
    /// hex value of color for link
    #[serde(rename = "activeLinkColor", skip_serializing_if = "Option::is_none")]
    pub active_link_color: Option<String>,
    /// hex value of color for navigation bar
    #[serde(rename = "navigationColor", skip_serializing_if = "Option::is_none")]
    pub navigation_color: Option<String>,
    /// email from address
    #[serde(rename = "emailFromAddress", skip_serializing_if = "Option::is_none")]
    pub email_from_address: Option<String>,
    /// login information message
    #[serde(
        rename = "loginInformationalMessage",
        skip_serializing_if = "Option::is_none"
    )]
    pub login_informational_message: Option<String>,
    /// png file with logo
    #[serde(rename = "fileStandard", skip_serializing_if = "Option::is_none")]
    pub file_standard: Option<Vec<u8>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Brandingitemcreate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Brandingitemcreate {
            name: name.into(),
            product_name: None,
            action_button_color: None,
            active_link_color: None,
            navigation_color: None,
            email_from_address: None,
            login_informational_message: None,
            file_standard: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Brandingitemcreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Brandingitemcreate {
    const NAME: &'static str = "Brandingitemcreate";

    #[inline]
    fn empty() -> Self {
        Brandingitemcreate {
            name: Default::default(),
            product_name: None,
            action_button_color: None,
            active_link_color: None,
            navigation_color: None,
            email_from_address: None,
            login_informational_message: None,
            file_standard: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "productName" => {
                self.product_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "actionButtonColor" => {
                self.action_button_color = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "activeLinkColor" => {
                self.active_link_color = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "navigationColor" => {
                self.navigation_color = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "emailFromAddress" => {
                self.email_from_address = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "loginInformationalMessage" => {
                self.login_informational_message = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "fileStandard" => self.file_standard = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SetupCommandTest {
  @TempDir Path dir;

  @Test
  void setupSalesforceWritesADeployablePackageOfTheOwnedFieldsAndPrintsTheDeployCommand() throws Exception {
    Path out = dir.resolve("sf-package");

    Cli cli = Cli.run(Map.of(), "setup", "salesforce", "--out", out.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    Document pkg = parse(out.resolve("package.xml"));
    // seven fields on Lead and on Contact (score, grade, reasons, scored at, MQL score, MQL, routing reason), three
    // on Opportunity (win probability, expected value, forecast reasons), the hand-off's HubSpot id and context package
    // on Lead and Contact and its rejection reason on Lead, and the permission set
    assertThat(pkg.getElementsByTagName("members").getLength()).isEqualTo(23);
    assertThat(Files.readString(out.resolve("package.xml")))
        .contains("<members>Lead.Revbridge_Score__c</members>", "<members>Contact.Revbridge_Grade__c</members>",
            "<members>Lead.Revbridge_MQL__c</members>", "<members>Opportunity.Revbridge_Win_Probability__c</members>",
            "<name>CustomField</name>", "<members>Revbridge_Integration</members>", "<version>65.0</version>",
            "<members>Lead.Revbridge_HubSpot_Id__c</members>", "<members>Contact.Revbridge_Handoff_Context__c</members>",
            "<members>Lead.Revbridge_Rejection_Reason__c</members>");
    String lead = Files.readString(out.resolve("objects/Lead.object"));
    parse(out.resolve("objects/Lead.object"));
    assertThat(lead).contains("<fullName>Revbridge_Score_Reasons__c</fullName>", "<type>LongTextArea</type>",
        "<length>32768</length>", "<fullName>Revbridge_Last_Scored_At__c</fullName>", "<type>DateTime</type>",
        "<label>Revbridge score</label>", "<type>Number</type>", "<fullName>Revbridge_Routing_Reason__c</fullName>");
    assertThat(Files.readString(out.resolve("permissionsets/Revbridge_Integration.permissionset")))
        .contains("<field>Lead.Revbridge_Score__c</field>", "<editable>true</editable>");
    assertThat(cli.out()).contains("sf project deploy start --metadata-dir " + out)
        .contains("sf org assign permset --name Revbridge_Integration");
  }

  @Test
  void setupForACrmThatNeedsNoneSaysWhyAndExitsWithBadInput() {
    Cli cli = Cli.run(Map.of(), "setup", "hubspot", "--out", dir.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("created by Revbridge itself");
  }

  private static Document parse(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }
}

<?xml version="1.0" encoding="utf-8"?>
<!-- Made by swivi for one language: how a browser shows a feed to a person who opens it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:x="http://www.w3.org/1999/xhtml" exclude-result-prefixes="atom x">
<xsl:output method="html" encoding="utf-8" indent="no" doctype-system="about:legacy-compat"/>
<xsl:template match="/atom:feed">
<html lang="@LANG@" dir="@DIR@">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title><xsl:value-of select="atom:title"/></title>
<link rel="stylesheet" href="@STYLE@"/>
<link rel="icon" href="@FAVICON@" type="image/svg+xml"/>
</head>
<body>
<header class="site"><div class="bar"><a class="brand" href="@HOME@"><span>@SITE@</span></a></div></header>
<main id="main" class="feed-view">
<p class="meta">@KIND@</p>
<h1><xsl:value-of select="atom:title"/></h1>
<p>@WHAT@</p>
<p class="follow"><label for="feed-address">@FOLLOW@</label> <input id="feed-address" type="url" readonly="readonly" value="{atom:link[@rel='self']/@href}"/></p>
<ul class="feed-links">
<xsl:if test="atom:link[@rel='alternate']"><li><a href="{atom:link[@rel='alternate']/@href}">@FOLLOWS@</a></li></xsl:if>
<li><a href="@FEEDS@">@ALL@</a></li>
</ul>
<h2>@LATEST@</h2>
<xsl:choose>
<xsl:when test="atom:entry"><ol class="feed-entries"><xsl:apply-templates select="atom:entry"/></ol></xsl:when>
<xsl:otherwise><p>@EMPTY@</p></xsl:otherwise>
</xsl:choose>
</main>
</body>
</html>
</xsl:template>
<xsl:template match="atom:entry">
<li>
<h3><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
<xsl:choose>
<xsl:when test="atom:content/x:div"><xsl:apply-templates select="atom:content/x:div/node()" mode="xhtml"/></xsl:when>
<xsl:when test="atom:summary"><p><xsl:value-of select="atom:summary"/></p></xsl:when>
</xsl:choose>
</li>
</xsl:template>
<!-- An entry's XHTML, as the page's HTML: the same elements and attributes, outside any namespace. -->
<xsl:template match="x:*" mode="xhtml">
<xsl:element name="{local-name()}"><xsl:copy-of select="@*[namespace-uri() = '']"/><xsl:apply-templates mode="xhtml"/></xsl:element>
</xsl:template>
</xsl:stylesheet>
